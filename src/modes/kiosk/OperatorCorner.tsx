import type { ServiceWorkerStatus } from './service-worker.ts';

export interface OperatorCornerProps {
  build: string;
  serviceWorker: ServiceWorkerStatus;
}

const OFFLINE_MARK: Partial<Record<ServiceWorkerStatus, string>> = {
  ready: '● offline ready',
  'update-waiting': '● update waiting',
  installing: '○ caching',
  registering: '○ caching',
  error: '✕ no offline cache',
};

/** The build id (and whether the offline cache is ready) in a corner, small, for the operator. */
export function OperatorCorner({ build, serviceWorker }: OperatorCornerProps) {
  return (
    <p className="kiosk-operator" data-testid="kiosk-build" aria-hidden="true">
      {build}
      {OFFLINE_MARK[serviceWorker] ? ` · ${OFFLINE_MARK[serviceWorker]}` : ''}
    </p>
  );
}
