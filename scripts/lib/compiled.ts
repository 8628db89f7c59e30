// The datasets the build compiles from data/, as the generated modules and the data export receive them.
import type {
  ArmsDeliveryRow, ArmsTransferRow, CapabilityRow, WorldTradeRow, AssessmentRow, ClaimRow, CountryRow, EnergyFlowRow, EnergyProjectRow, EventRow, FactRow, PartnerTradeRow,
  ReleaseRow, ReportedShareRow, SourceRow, TradeRow,
} from "../../src/core/types.js";

export interface CompiledData {
  readonly countries: CountryRow[];
  readonly sources: SourceRow[];
  readonly trade: TradeRow[];
  readonly partnerTrade: PartnerTradeRow[];
  readonly worldTrade: WorldTradeRow[];
  readonly reportedShares: ReportedShareRow[];
  readonly energyProjects: EnergyProjectRow[];
  readonly energyFlows: EnergyFlowRow[];
  readonly armsTransfers: ArmsTransferRow[];
  readonly armsDeliveries: ArmsDeliveryRow[];
  readonly capabilities: CapabilityRow[];
  readonly releases: ReleaseRow[];
  readonly events: EventRow[];
  readonly facts: FactRow[];
  readonly assessments: AssessmentRow[];
  readonly claims: ClaimRow[];
}

/** The dataset names an assessment may point to. */
export const DATASET_NAMES = [
  "trade", "partnerTrade", "worldTrade", "reportedShares", "energyProjects", "energyFlows", "armsTransfers", "armsDeliveries", "capabilities", "releases", "events", "facts",
  "assessments", "claims", "countries", "sources",
] as const;
