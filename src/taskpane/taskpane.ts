import { defaultReferenceData } from "../data/defaultReferenceData";
import { displayLanguage } from "../shared/displayLanguage";
import { sessionData } from "../shared/session";
import { detectHost } from "./officeHost";
import { rankingView } from "./rankingView";

async function start(): Promise<void> {
  const status = document.getElementById("status")!;
  const app = document.getElementById("app")!;
  const host = await detectHost();
  const lang = displayLanguage();
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const card = defaultReferenceData().rateCard;
  const mode = host.host
    ? { en: `Connected to ${host.host}.`, zh: `已连接 ${host.host}。` }
    : { en: "Preview mode: not running inside Excel.", zh: "预览模式：未在 Excel 中运行。" };
  status.textContent = `${mode[lang]} ${lang === "zh" ? "费率表" : "Rate card"} ${card.version} (${card.asOf})`;
  status.dataset.host = host.host ?? "none";
  app.append(rankingView(sessionData(), lang));
}

void start();
