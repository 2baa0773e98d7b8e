import type { BrandStage, Planning } from "../../data/schema/planning";

const STAGE_RANK: Record<BrandStage, number> = { new: 0, established: 1 };

/** Whether the brand passes the platform's entry gate (data: stage, existing sales, invitation). Platforms without a gate admit anyone. */
export function entryGateMet(planning: Planning, platform: string, stage: BrandStage, currentAnnualSales: number): boolean {
  const gate = planning.entryGates[platform];
  if (!gate) return true;
  return STAGE_RANK[stage] >= STAGE_RANK[gate.minStage] && currentAnnualSales >= gate.minAnnualSales.value;
}
