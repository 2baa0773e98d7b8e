import { type Lang } from "../engine";
import { messages } from "../messages";
import type { BillFault } from "../calibrate/parseBill";

/** Why a file is not a bill ChannelFit reads, in the user's language, naming the file. */
export function billFaultText(file: string, fault: BillFault, lang: Lang): string {
  const say = messages(lang).calibrate;
  switch (fault.code) {
    case "unknownLayout":
      return say.unknownLayout(file, fault.headersFound.join(", "), fault.known.join("; "));
    case "noSales":
      return say.noSales(file, fault.layout);
    case "unreadableFile":
      return say.unreadableFile(file);
  }
}
