// Compile-time check of the avatar declarations, through seamkit/avatar.
import { createAvatarJob, avatarFromName, describeFaceScore, type AvatarResult } from 'seamkit/avatar';

export async function avatarUsage(file: Blob | null): Promise<string> {
  const job = createAvatarJob(file, { name: 'Ada Lovelace', style: 'cartoon', size: 256 });
  const result: AvatarResult = await job.promise;
  const named = await avatarFromName('Grace Hopper');
  return `${result.fallback ?? ''} ${describeFaceScore(0.9).message} ${named === null}`;
}

import { prewarmAvatarWorker } from 'seamkit/avatar';
import 'seamkit/elements/avatar';
import type { SeamAvatarElement } from 'seamkit/elements/avatar';

export async function avatarElementUsage(file: File): Promise<string> {
  const warm = await prewarmAvatarWorker({ registry: { manifestUrl: '/models/manifest.json' } });
  const job = createAvatarJob(file, { quickPreview: true });
  const quick: ImageBitmap | null = await job.quickPreview;
  const el: SeamAvatarElement = document.createElement('seam-avatar');
  el.photo = file;
  el.addEventListener('avatar-ready', (e) => { void e.detail.result.alt; });
  el.addEventListener('avatar-fallback', (e) => { void e.detail.message; });
  return `${warm.ms} ${quick?.width ?? 0} ${el.state}`;
}
