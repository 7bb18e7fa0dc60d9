import { Loader } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/auth';

export function RequireLogin({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loader size="xlarge" title="Laster" />;
  if (!me) return <Navigate to={`/logg-inn?til=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
}
