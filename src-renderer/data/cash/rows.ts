import type { CashMovement, CashSession } from '../../../src-shared/cash/session-types';

/**
 * The rows of `cashSessions` and `cashMovements` are the shared types as they are: the Z report
 * (src-shared/cash/z-report.ts) computes from them without any mapping.
 */
export type CashSessionRow = CashSession;
export type CashMovementRow = CashMovement;
