import { articleWorkflow } from '@/modules/articles/article-workflow';
import { galleryWorkflow } from '@/modules/galleries/gallery-workflow';
import { pageWorkflow } from '@/modules/intro/page-workflow';
import { personWorkflow } from '@/modules/intro/person-workflow';
import { documentWorkflow } from '@/modules/documents/document-workflow';
import { projectWorkflow } from '@/modules/projects/project-workflow';
import { scheduleWorkflow } from '@/modules/schedule/schedule-workflow';
import type { WorkflowAdapter } from '@/modules/workflow/workflow-adapter';

/** Every content type that goes through the editorial workflow (scheduler jobs, pending-work list). */
export const WORKFLOW_ADAPTERS: Record<string, WorkflowAdapter> = {
  article: articleWorkflow,
  page: pageWorkflow,
  person: personWorkflow,
  gallery: galleryWorkflow,
  document: documentWorkflow,
  project: projectWorkflow,
  schedule: scheduleWorkflow,
};
