// Compile-time check of the model-lifecycle declarations.
import { init, monitor, Monitor, FeedbackStore, type ModelFigures } from 'seamkit';
import { ModelRegistry, type ModelHandle } from 'seamkit/models';

export async function lifecycleUsage(): Promise<number> {
  await init();
  const registry: ModelRegistry = await ModelRegistry.create();
  const detach: () => void = monitor.attach(registry);
  monitor.on('drift', (d) => console.log(d.modelId, d.psi, d.ks));
  const handle: ModelHandle = await registry.load('blazeface-front', { range: '^1.0.0' });
  const served: ModelHandle = await registry.load('blazeface-back', { followFallback: true });
  served.id.toUpperCase();
  const figures: ModelFigures | undefined = new Monitor().snapshot().models[handle.id];
  const store = new FeedbackStore({ capacity: 100 });
  await store.record({ modelId: handle.id, output: 0.8, userVerdict: true });
  const v = await store.recalibrate(handle.id, { method: 'isotonic', minLabels: 50 });
  detach();
  return v.version + (figures?.latencyMs.p95 ?? 0);
}
