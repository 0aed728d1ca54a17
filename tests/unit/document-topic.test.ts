import { describe, expect, it } from 'vitest';
import { documentTopicAsked } from '../../src/faq/document-topic.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const topic = (message: string) => documentTopicAsked(knowledge, knowledge.normalize(message), undefined)?.entry.answer;

describe('what a named document says of a subject', () => {
  it('answers the subject asked after the document, or before it, from an answer about that document', () => {
    expect(topic('nghị quyết 72 có nói gì về thuốc lá không')).toMatch(/Nghị quyết 72-NQ\/TW[^]*thuốc lá/);
    expect(topic('ô nhiễm không khí có nằm trong nghị quyết 72 không')).toMatch(/không khí/);
    expect(topic('chương trình 06 có đề cập chuyển đổi số không')).toMatch(/chuyển đổi số/);
  });

  it('leaves alone what the document is about, and subjects no answer about it has', () => {
    expect(topic('chỉ thị 52 nói về chuyện gì')).toBeUndefined();
    expect(topic('nghị quyết 72 có nói về bóng đá không')).toBeUndefined();
  });
});
