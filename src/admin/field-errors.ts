import type { z } from 'zod';

/**
 * Validation problems as the admin page shows them, beside each field: a path such as
 * `answer` or `paraphrases.2` and a message in Vietnamese.
 */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'body';
    errors[path] ??= messageOf(issue);
  }
  return errors;
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Chưa nhập mục này' : 'Sai kiểu dữ liệu';
    case 'too_small':
      if (issue.origin === 'string') return `Cần ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} dòng`;
      return `Phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `Tối đa ${issue.maximum} dòng`;
      return `Phải không quá ${issue.maximum}`;
    case 'invalid_value':
      return `Chọn một trong: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ho-can-ngheo)';
    case 'unrecognized_keys':
      return `Mục không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'Giá trị không hợp lệ';
  }
}
