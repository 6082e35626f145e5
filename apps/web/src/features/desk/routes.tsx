import { DeskAskPage } from "./desk-ask-page";
import { DeskListPage } from "./desk-list-page";
import { DeskQuestionPage } from "./desk-question-page";
import { LabProfilePage } from "./lab-profile-page";

/** Pages of the consultation desk and lab profiles (issue 17 item 2). */
export const DESK_ROUTES = [
  { path: "/desk", element: <DeskListPage /> },
  { path: "/desk/new", element: <DeskAskPage /> },
  { path: "/desk/lab", element: <LabProfilePage /> },
  { path: "/desk/lab/:userId", element: <LabProfilePage /> },
  { path: "/desk/:id", element: <DeskQuestionPage /> },
];
