// 新办企业办税指南: talks to Taxbox only through the QWebChannel object "taxbox" (docs/plugins.md). Every answer is
// {"value": …} or {"error": {"code", "message"}}; a refused permission is shown, never thrown.
"use strict";

let taxbox = null;
let chinese = true;

function call(method, args) {
  return new Promise((resolve) => taxbox.call(method, args || {}, resolve));
}

function words() {
  for (const element of document.querySelectorAll("[data-zh]"))
    element.textContent = chinese ? element.dataset.zh : element.dataset.en;
  document.documentElement.lang = chinese ? "zh-CN" : "en";
}

function show(element, text, isError) {
  element.textContent = text;
  element.className = isError ? "result error" : "result";
}

async function start() {
  const info = await call("host.info");
  chinese = !info.value || String(info.value.language).startsWith("zh");
  words();
  const profile = await call("enterprise.profile");
  const enterprise = document.getElementById("enterprise");
  if (profile.error)
    show(enterprise, profile.error.message, true);
  else
    enterprise.textContent = (chinese ? "当前企业：" : "Enterprise: ") + profile.value.name + "（" + profile.value.credit_code + "）";
  document.getElementById("estimate").addEventListener("submit", async (event) => {
    event.preventDefault();
    const quarter = currentQuarter();
    const answer = await call("calc.run", {
      calculator: "vat-small",
      input: { period: quarter, sales: document.getElementById("sales").value.trim(),
               special_invoice_sales: document.getElementById("special").value.trim() }
    });
    const result = document.getElementById("result");
    if (answer.error) {
      show(result, answer.error.message, true);
      return;
    }
    const output = answer.value.output;
    const line = chinese
      ? quarter + " 应纳增值税 " + output.tax + " 元" + (output.exempt ? "（免征）" : "")
      : quarter + " VAT due " + output.tax + " yuan" + (output.exempt ? " (exempt)" : "");
    show(result, line + "\n" + answer.value.explanation.join("\n"), false);
    document.title = "estimated:" + output.tax;
  });
  document.title = "ready";
}

function currentQuarter() {
  const now = new Date();
  return now.getFullYear() + "Q" + (Math.floor(now.getMonth() / 3) + 1);
}

window.addEventListener("DOMContentLoaded", () => {
  new QWebChannel(qt.webChannelTransport, (channel) => {
    taxbox = channel.objects.taxbox;
    start();
  });
});
