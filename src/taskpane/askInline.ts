import { el } from "./dom";

/** A yes/no question shown in the pane (Office add-ins cannot use window.confirm). */
export function askInline(container: HTMLElement, question: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const yesButton = el("button", { type: "button", class: "primary", id: "confirm-yes" }, yes);
    const noButton = el("button", { type: "button", class: "secondary", id: "confirm-no" }, no);
    const box = el("div", { role: "alertdialog", "aria-label": question, class: "confirm" }, el("p", {}, question), el("div", { class: "actions" }, yesButton, noButton));
    const answer = (value: boolean) => {
      box.remove();
      resolve(value);
    };
    yesButton.addEventListener("click", () => answer(true));
    noButton.addEventListener("click", () => answer(false));
    container.append(box);
    yesButton.focus();
  });
}
