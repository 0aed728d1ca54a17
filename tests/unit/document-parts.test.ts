import { describe, expect, it } from 'vitest';
import { asksOutline, entriesOfPart, mayNamePart, partNamed } from '../../src/faq/document-parts.js';
import type { SourceDocument } from '../../src/faq/schema.js';
import { shippedKnowledge } from '../support/knowledge.js';

const knowledge = await shippedKnowledge();
const document = (id: string): SourceDocument => knowledge.content.documents.find((d) => d.id === id)!;
const part = (message: string, id = 'kh-hp-ct52') => partNamed(message, document(id))?.number;

describe('document parts', () => {
  it('reads a part by its Roman numeral, its number after "phần" or its place in words after "thứ"', () => {
    expect(part('phần III nói gì')).toBe('III');
    expect(part('phan iii co gi')).toBe('III');
    expect(part('Phần 2 gồm những gì')).toBe('II');
    expect(part('phần thứ hai nói về cái gì')).toBe('II');
    expect(part('mục IV giao việc cho ai')).toBe('IV');
  });

  it('looks for a part only where one may be named: not in "mục tiêu" or "phần trăm"', () => {
    expect(mayNamePart('mục IV giao việc cho ai')).toBe(true);
    expect(mayNamePart('phần tổ chức thực hiện')).toBe(true);
    expect(mayNamePart('mục tiêu bao phủ bao nhiêu phần trăm')).toBe(false);
  });

  it('does not take an item, a percentage, a quarter or a lone lower-case "i" for a part', () => {
    expect(part('mục 3 là gì')).toBeUndefined();
    expect(part('bao nhiêu phần trăm')).toBeUndefined();
    expect(part('một phần tư dân số')).toBeUndefined();
    expect(part('phan i te')).toBeUndefined();
  });

  it('reads a part by its heading after "phần", and a number the document lacks as its appendix\'s', () => {
    expect(part('phần tổ chức thực hiện giao cho ai')).toBe('IV');
    expect(part('phần IV giao những việc nào', 'kh-lc-ctr10')).toBe('Phụ lục IV');
    expect(part('phụ lục có gì', 'kh-lc-ctr10')).toBe('Phụ lục');
    expect(part('phụ lục, mục VI', 'kh-lc-ctr10')).toBe('Phụ lục VI');
  });

  it('asks for every part with "gồm những phần nào", "bố cục", not with "mấy phần trăm"', () => {
    expect(asksOutline(knowledge.normalize('kế hoạch này gồm những phần nào'))).toBe(true);
    expect(asksOutline(knowledge.normalize('bo cuc van ban ra sao'))).toBe(true);
    expect(asksOutline(knowledge.normalize('văn bản đó có mấy phần'))).toBe(true);
    expect(asksOutline(knowledge.normalize('có mấy phần trăm dân số tham gia'))).toBe(false);
  });

  it('asks for the parts of an appendix as its groups ("phụ lục chia làm mấy nhóm"), not for the groups of tasks of a plan', () => {
    expect(asksOutline(knowledge.normalize('phụ lục kèm theo gồm mấy nhóm'))).toBe(true);
    expect(asksOutline(knowledge.normalize('kế hoạch chia làm mấy nhóm nhiệm vụ'))).toBe(false);
  });

  it('reads "phần đầu" as the first part, but "phan dau" typed plain as "phấn đấu"', () => {
    const plan = document('kh-lc-ctr10');
    expect(partNamed('phần đầu nói gì', plan, { inAppendix: false })?.number).toBe('I');
    expect(partNamed('benh vien tinh phan dau len hang 2 phai ko', plan, { inAppendix: false })).toBeUndefined();
  });

  it('reads "nhóm cuối" as the last part only of an appendix whose parts were listed', () => {
    const plan = document('kh-lc-ctr10');
    expect(partNamed('nhóm cuối là gì', plan, { inAppendix: true })?.number).toBe('Phụ lục VIII');
    expect(partNamed('nhóm cuối là gì', plan, { inAppendix: false })).toBeUndefined();
  });

  it('lists the answers written from a part, those citing the whole part first', () => {
    const entries = entriesOfPart(knowledge, document('kh-hp-ct52'), { number: 'II', title: 'Lộ trình thực hiện' });
    expect(entries.map((e) => e.id)).toContain('coverage-target-hai-phong');
    const citesPart = (section = '') => section.split(';').some((s) => /^(Mục )?II(\.|$)/.test(s.trim()));
    expect(entries.every((e) => e.sources.some((s) => s.doc === 'kh-hp-ct52' && citesPart(s.section)))).toBe(true);
  });
});
