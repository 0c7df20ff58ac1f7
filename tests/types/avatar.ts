// Compile-time check of the avatar declarations, through seamkit/avatar.
import { createAvatarJob, avatarFromName, describeFaceScore, type AvatarResult } from 'seamkit/avatar';

export async function avatarUsage(file: Blob | null): Promise<string> {
  const job = createAvatarJob(file, { name: 'Ada Lovelace', style: 'cartoon', size: 256 });
  const result: AvatarResult = await job.promise;
  const named = await avatarFromName('Grace Hopper');
  return `${result.fallback ?? ''} ${describeFaceScore(0.9).message} ${named === null}`;
}
