export { apiRequest } from "./client";
export { ApiError, ApiUnreachableError, type ApiErrorCode } from "./errors";
export { renderWithApi, found, currentPath, signInPath } from "./guard";
export { getSignedInUser, canEdit, isStaff, type SignedInUser, type Role } from "./session";
