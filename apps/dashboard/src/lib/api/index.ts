export { apiRequest } from "./client";
export { ApiError, ApiUnreachableError, type ApiErrorCode } from "./errors";
export { renderWithApi, found, currentPath, signInPath } from "./guard";
export { getSignedInUser, canEdit, isStaff, isAdmin, type SignedInUser, type Role } from "./session";
