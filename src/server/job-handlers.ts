/**
 * Every kind of background job, registered once per process (the app server and `npm run portal --
 * jobs:run`). A module that queues work adds its registration here.
 */
import { registerMailJobs } from '@/modules/mail/mail.service';
import { registerSearchJobs } from '@/modules/search/search-index';
import { registerWorkflowJobs } from '@/modules/workflow/workflow-jobs';
import { WORKFLOW_ADAPTERS } from './workflow-adapters';

let registered = false;

export function registerAllJobHandlers(): void {
  if (registered) return;
  registered = true;
  registerMailJobs();
  registerWorkflowJobs(WORKFLOW_ADAPTERS);
  registerSearchJobs();
}
