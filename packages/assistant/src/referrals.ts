/**
 * Whom to point to for each problem, by directory entry id: an editorial choice of the entries
 * whose own description fits the problem (e.g. Hong Kong's Labour Department hotline for pay,
 * Bethune House for a woman who needs a shelter). The numbers themselves always come from the
 * directory; an entry without a confirmed number is skipped when the answer is built.
 */
import type { ProblemIntent } from "./intents.js";

export interface Referral {
  /** Entries in the country she is in. */
  byCountry: Partial<Record<string, string[]>>;
  /** Indonesian national lines that help from abroad. */
  national: string[];
  /** Country-fact topics to quote (directory.fact). */
  facts: string[];
}

const ABUSE_HELP: Partial<Record<string, string[]>> = {
  HK: ["hk-bethune-house", "hk-mission-for-migrant-workers", "hk-help-for-domestic-workers"],
  SG: ["sg-home", "sg-cde"],
  TW: ["tw-113-protection-hotline", "tw-1955-foreign-worker-hotline"],
  MY: ["my-talian-kasih-15999", "my-wao"],
};

const LABOUR_HELP: Partial<Record<string, string[]>> = {
  HK: ["hk-ld-fdh-hotline", "hk-help-for-domestic-workers"],
  SG: ["sg-mom-mdw-helpline", "sg-cde"],
  TW: ["tw-1955-foreign-worker-hotline"],
};

export const REFERRALS: Record<ProblemIntent, Referral> = {
  physical_abuse: { byCountry: ABUSE_HELP, national: ["sapa-129"], facts: [] },
  sexual_abuse: {
    byCountry: { ...ABUSE_HELP, HK: ["hk-rainlily", "hk-bethune-house"], MY: ["my-wao", "my-talian-kasih-15999"] },
    national: ["sapa-129"],
    facts: [],
  },
  psychological_abuse: {
    byCountry: { ...ABUSE_HELP, HK: ["hk-mission-for-migrant-workers", "hk-help-for-domestic-workers"] },
    national: ["sapa-129"],
    facts: [],
  },
  trafficking: {
    byCountry: {
      HK: ["hk-justice-centre", "hk-mission-for-migrant-workers"],
      SG: ["sg-home"],
      TW: ["tw-1955-foreign-worker-hotline"],
      MY: ["my-mapo-anti-trafficking-line"],
    },
    national: ["kp2mi-call-center", "id-lpsk"],
    facts: [],
  },
  confinement: {
    byCountry: {
      HK: ["hk-ld-fdh-hotline", "hk-mission-for-migrant-workers"],
      SG: ["sg-mom-mdw-helpline", "sg-home"],
      TW: ["tw-113-protection-hotline", "tw-1955-foreign-worker-hotline"],
      MY: ["my-talian-kasih-15999"],
    },
    national: ["kp2mi-call-center"],
    facts: [],
  },
  document_held: { byCountry: LABOUR_HELP, national: ["kp2mi-call-center"], facts: ["passportRetention"] },
  wage_issue: { byCountry: LABOUR_HELP, national: ["kp2mi-call-center"], facts: ["minimumWage", "laborComplaint"] },
  overwork: { byCountry: LABOUR_HELP, national: ["kp2mi-call-center"], facts: ["restDay", "laborComplaint"] },
  health: { byCountry: {}, national: [], facts: [] },
  legal_status: {
    byCountry: { HK: ["hk-help-for-domestic-workers", "hk-mission-for-migrant-workers"], SG: ["sg-home", "sg-cde"], TW: ["tw-1955-foreign-worker-hotline"], KR: ["kr-1345"] },
    national: [],
    facts: ["changeEmployer"],
  },
  agency_issue: { byCountry: LABOUR_HELP, national: ["kp2mi-call-center"], facts: ["changeEmployer"] },
  go_home: { byCountry: {}, national: ["kp2mi-call-center"], facts: ["changeEmployer"] },
};
