// Read-your-writes for the in-memory data version: a mutation's transaction has committed by the time its
// response is sent, but the notification of its new version reaches this process's listener a moment later.
// Reading the version before answering means the writer's next request (and a key it revoked) is judged
// at the new version on this instance at once; other instances learn it from the notification.
import type { GraphQLRequestListener } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { Db } from "@parley/db";
import { readDataVersion } from "../../data-version/data-version.js";
import type { DataVersionListener } from "../../data-version/data-version-listener.js";
import type { Context } from "../context.js";

export function readYourWrites(db: Db, listener: DataVersionListener): GraphQLRequestListener<Context> {
  return {
    async willSendResponse({ operation }) {
      if (operation?.operation !== OperationTypeNode.MUTATION) return;
      // Unreadable (database down): the listener's heartbeat or reconnection catches up instead.
      const version = await readDataVersion(db).catch(() => null);
      if (version !== null) listener.observe(version);
    },
  };
}
