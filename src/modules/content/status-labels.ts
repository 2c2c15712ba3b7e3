import { STATE_LABELS } from '@/modules/workflow/transitions';

/** Vietnamese names of the editorial states (E2): one vocabulary with the workflow table. */
export const STATUS_LABELS: Record<string, string> = { ...STATE_LABELS, APPROVED: 'Đã duyệt' };
