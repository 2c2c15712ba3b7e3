import type { ProtectionMarks } from '@/modules/workflow/workflow.service';

/**
 * The protection marks (E5) sent by a content form: classification and forbidden subject. The workflow
 * validates them again; an item marked so is stored but never published.
 */
export function marksFromForm(form: FormData): ProtectionMarks {
  return { classification: (form.get('classification') as string) || 'NONE', forbiddenSubject: form.get('forbiddenSubject') === 'on' } as ProtectionMarks;
}
