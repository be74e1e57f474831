import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ClientsPage } from './pages/clients.page.tsx';
import { SessionPage } from './pages/session.page.tsx';
import { SignInPage } from './pages/sign-in.page.tsx';
import { UploadPage } from './pages/upload.page.tsx';
import { NotFoundPage } from './pages/not-found.page.tsx';
import { InvitePage } from './pages/invite.page.tsx';
import { PortalHomePage } from './portal/portal-home.page.tsx';
import { PortalSessionPage } from './portal/portal-session.page.tsx';
import { QuestionnairesPage } from './portal/questionnaires.page.tsx';
import { BridgePage } from './portal/bridge.page.tsx';
import { LibraryPage } from './pages/library.page.tsx';
import { AppShell, ClinicianOnly } from './shell/app-shell.tsx';
import { Loading } from './components/states.tsx';

// The charting library is only needed on the client page; loading it on demand keeps sign-in light.
const ClientPage = lazy(() => import('./pages/client.page.tsx').then((m) => ({ default: m.ClientPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    // Live data arrives over SSE; refetching on focus is the safety net, not the main path.
    queries: { staleTime: 30_000, retry: 1 },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/invite" element={<InvitePage />} />
          <Route element={<AppShell />}>
            <Route element={<ClinicianOnly />}>
              <Route index element={<ClientsPage />} />
              <Route
                path="clients/:clientId"
                element={
                  <Suspense fallback={<Loading />}>
                    <ClientPage />
                  </Suspense>
                }
              />
              <Route path="sessions/:sessionId" element={<SessionPage />} />
              <Route path="upload" element={<UploadPage />} />
              <Route path="library" element={<LibraryPage />} />
            </Route>
            <Route path="my" element={<PortalHomePage />} />
            <Route path="my/sessions/:sessionId" element={<PortalSessionPage />} />
            <Route path="my/questionnaires" element={<QuestionnairesPage />} />
            <Route path="my/bridge" element={<BridgePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
