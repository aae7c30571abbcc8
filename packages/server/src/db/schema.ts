import type { Generated } from "kysely";

/** Times are ISO 8601 strings in UTC; flags are 0/1 integers, the same on SQLite and PostgreSQL. */
export interface RegistrationsTable {
  id: string;
  /** SHA-256 of the secret the worker keeps; the secret itself is never stored. */
  secret_hash: string;
  /** Kept in clear for the mission's routing and the anonymous figures. */
  country: string;
  sex: string;
  /** Everything else she registered, encrypted (AES-256-GCM). */
  data_enc: string;
  created_at: string;
  updated_at: string;
}

export interface CasesTable {
  id: string;
  /** alert | chat */
  source: string;
  /** open | in_progress | closed */
  status: string;
  danger: number;
  /** 1 = most urgent. */
  priority: number;
  /** The problem, as an intent of the assistant ("emergency", "wage_issue", …). */
  reason: string;
  country: string | null;
  registration_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  case_id: string;
  /** Made on the device; a retried alert is stored once. */
  client_id: string;
  country: string | null;
  registration_id: string | null;
  /** Location, text and photo: encrypted, null when she sent none. */
  location_enc: string | null;
  text_enc: string | null;
  photo_enc: string | null;
  language: string;
  pressed_at: string;
  received_at: string;
}

/** A conversation with the assistant. Its state holds no message text; it expires when idle. */
export interface ChatSessionsTable {
  id: string;
  token_hash: string;
  /** The assistant's state (country, language, what was offered), encrypted. */
  state_enc: string;
  /** Set once she accepted an officer: from then on her messages are kept, encrypted, for the case. */
  case_id: string | null;
  created_at: string;
  expires_at: string;
}

/** Messages of conversations that opened a case (and only those). */
export interface ChatMessagesTable {
  id: string;
  case_id: string;
  session_id: string;
  /** worker | assistant | officer */
  sender: string;
  text_enc: string;
  created_at: string;
  /** Order within one turn (her message, then the replies). */
  position: number;
}

/** A sync space shared by her devices (Juang). */
export interface JuangVaultsTable {
  id: string;
  token_hash: string;
  created_at: string;
  last_sync_at: string;
}

/** Her devices' changes, in arrival order. Payloads are end-to-end encrypted by the app, and encrypted again at rest. */
export interface JuangChangesTable {
  seq: Generated<number>;
  vault_id: string;
  change_id: string;
  hlc: string;
  payload_enc: string;
  received_at: string;
}

export interface Database {
  registrations: RegistrationsTable;
  cases: CasesTable;
  alerts: AlertsTable;
  chat_sessions: ChatSessionsTable;
  chat_messages: ChatMessagesTable;
  juang_vaults: JuangVaultsTable;
  juang_changes: JuangChangesTable;
}
