import { Center, Loader } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { AppLayout } from "../../components/ui/app-layout";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageGate } from "../../components/ui/page-gate";
import { SessionContext, useSessionQuery } from "./session";

/** Gate for every signed-in page: sends anonymous visitors to the sign-in page and back afterwards. */
export function RequireAuth() {
  const session = useSessionQuery();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (session.isError) {
    return <ErrorAlert error={session.error} />;
  }
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return (
    <SessionContext.Provider value={session.data.user}>
      <AppLayout>
        <PageGate>
          <Outlet />
        </PageGate>
      </AppLayout>
    </SessionContext.Provider>
  );
}
