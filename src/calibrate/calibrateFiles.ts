import { calibrate, type Calibration } from "./calibration";
import { calibrationOverrides, type OverrideRow } from "./calibrationOverrides";
import { parseBill, type BillFault, type ParsedBill } from "./parseBill";

export interface CalibratedFiles {
  calibration: Calibration;
  /** Files that are not bills ChannelFit reads, each with why. */
  faults: Array<{ file: string; fault: BillFault }>;
  /** The bills' rates as negotiated-rate rows for the plan. */
  overrides: OverrideRow[];
}

/** Bills in, rates out: the one path the command line and the task pane's drop zone take (nothing is uploaded). */
export async function calibrateFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, at: Date, categories: readonly string[]): Promise<CalibratedFiles> {
  const bills: Array<{ file: string; bill: ParsedBill }> = [];
  const faults: CalibratedFiles["faults"] = [];
  for (const { name, bytes } of files) {
    const result = await parseBill(bytes);
    if ("entries" in result) bills.push({ file: name, bill: result });
    else faults.push({ file: name, fault: result });
  }
  const calibration = calibrate(bills, at);
  return { calibration, faults, overrides: calibrationOverrides(calibration, categories) };
}
