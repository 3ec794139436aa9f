// Policies (制度): what the organisation commits to and the rules that follow from it.
import { z } from 'zod';
import { DocumentCoreSchema } from './document.ts';

export const PolicySchema = DocumentCoreSchema.extend({}).strict();
export type Policy = z.infer<typeof PolicySchema>;
