export const authKeys = {
  portalConfig: ['portal-config'] as const,
};
