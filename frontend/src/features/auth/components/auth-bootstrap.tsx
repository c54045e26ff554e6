import { useEffect, type ReactNode } from 'react';
import { initAuth, markAuthUnavailable } from '@/lib/auth';
import { usePortalConfig } from '../api/portal-config-query';

/** Loads the portal config and configures OIDC; the public pages render meanwhile. */
export function AuthBootstrap({ children }: { children: ReactNode }) {
  const config = usePortalConfig();

  useEffect(() => {
    if (config.data?.oidcAuthority && config.data.oidcClientId) {
      initAuth({ authority: config.data.oidcAuthority, clientId: config.data.oidcClientId });
    } else if (config.isError || config.data) {
      markAuthUnavailable();
    }
  }, [config.data, config.isError]);

  return children;
}
