// Every detector rule, in the order they are listed in the UI.
import { assertionUnsupported } from "./assertion-unsupported";
import { attributionCircular } from "./attribution-circular";
import { citationResidue } from "./citation-residue";
import { editorialArticle } from "./editorial-article";
import { editorialDoubledWord } from "./editorial-doubled-word";
import { entityIncapableActor } from "./entity-incapable-actor";
import { entitySelfOpposition } from "./entity-self-opposition";
import { entityStrayActor } from "./entity-stray-actor";
import { entityConflictingRoles } from "./entity-conflicting-roles";
import { entityContradictoryOutcome } from "./entity-contradictory-outcome";
import { entityRoleConflict } from "./entity-role-conflict";
import { entityRoleModel } from "./entity-role-model";
import { entityPronounGender } from "./entity-pronoun-gender";
import { entityWrongOffice } from "./entity-wrong-office";
import { numericChangeMismatch } from "./numeric-change-mismatch";
import { numericPartsExceedTotal } from "./numeric-parts-exceed-total";
import { numericStatedChange } from "./numeric-stated-change";
import { numericSumTotal } from "./numeric-sum-total";
import { numericShareOfTotal } from "./numeric-share-of-total";
import { numericComparison } from "./numeric-comparison";
import { numericVoteTally } from "./numeric-vote-tally";
import { numericVoteOutcome } from "./numeric-vote-outcome";
import { numericExceedsLimit } from "./numeric-exceeds-limit";
import { numericRemainder } from "./numeric-remainder";
import { numericAddedAmount } from "./numeric-added-amount";
import { numericComparativeTally } from "./numeric-comparative-tally";
import { numericRepeatedCount } from "./numeric-repeated-count";
import { repetitionClause } from "./repetition-clause";
import { repetitionSentence } from "./repetition-sentence";
import { temporalConflictingDates } from "./temporal-conflicting-dates";
import { temporalImpossibleSequence } from "./temporal-impossible-sequence";
import { temporalTenseTimeline } from "./temporal-tense-timeline";
import { temporalCalendarFacts } from "./temporal-calendar-facts";
import { temporalSpans } from "./temporal-spans";
import { temporalReferredSpan } from "./temporal-referred-span";
import { temporalDatelineTense } from "./temporal-dateline-tense";
import type { FlagRule } from "./types";

export const RULES: readonly FlagRule[] = [
  temporalImpossibleSequence,
  temporalTenseTimeline,
  temporalConflictingDates,
  temporalCalendarFacts,
  temporalSpans,
  temporalReferredSpan,
  temporalDatelineTense,
  entitySelfOpposition,
  entityWrongOffice,
  entityIncapableActor,
  entityStrayActor,
  entityConflictingRoles,
  entityContradictoryOutcome,
  entityRoleConflict,
  entityRoleModel,
  entityPronounGender,
  citationResidue,
  numericChangeMismatch,
  numericPartsExceedTotal,
  numericStatedChange,
  numericSumTotal,
  numericShareOfTotal,
  numericComparison,
  numericVoteTally,
  numericVoteOutcome,
  numericExceedsLimit,
  numericRemainder,
  numericAddedAmount,
  numericComparativeTally,
  numericRepeatedCount,
  repetitionClause,
  repetitionSentence,
  attributionCircular,
  assertionUnsupported,
  editorialArticle,
  editorialDoubledWord,
];

export type { FlagRule } from "./types";
