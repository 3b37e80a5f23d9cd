// quotes review: keyboard in the queue, quote details in the article view, mention by selection.
"use strict";

function post(url, fields) {
  const body = new URLSearchParams(fields);
  return fetch(url, {method: "POST", body, headers: {"Accept": "application/json"}, credentials: "same-origin"});
}

function typing(event) {
  const t = event.target;
  return t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
}

function setupQueue() {
  const table = document.getElementById("queue");
  if (!table) return;
  const rows = Array.from(table.querySelectorAll("tbody tr[data-id]"));
  if (!rows.length) return;
  const key = "queue-pos:" + location.search;
  let pos = Math.min(Number(sessionStorage.getItem(key) || 0), rows.length - 1);
  function select(i) {
    rows[pos].classList.remove("sel");
    pos = Math.max(0, Math.min(rows.length - 1, i));
    rows[pos].classList.add("sel");
    rows[pos].scrollIntoView({block: "nearest"});
    sessionStorage.setItem(key, String(pos));
  }
  select(pos);
  function mark(status) {
    const row = rows[pos];
    post("/quote/" + encodeURIComponent(row.dataset.id) + "/check", {status}).then(r => {
      if (r.ok) { row.classList.add("done"); row.querySelector(".status").textContent = status; select(pos + 1); }
    });
  }
  rows.forEach((row, i) => row.addEventListener("click", () => select(i)));
  document.addEventListener("keydown", event => {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = rows[pos];
    if (event.key === "j") select(pos + 1);
    else if (event.key === "k") select(pos - 1);
    else if (event.key === "a") mark("accepted");
    else if (event.key === "x") mark("not a quote");
    else if (event.key === "e") {
      location.href = "/quote/" + encodeURIComponent(row.dataset.id) + "?back=" + encodeURIComponent(table.dataset.back);
    } else if (event.key === "Enter") location.href = row.dataset.article;
    else return;
    event.preventDefault();
  });
}

function setupArticle() {
  const text = document.getElementById("text");
  const data = document.getElementById("quote-data");
  if (!text || !data) return;
  const quotes = JSON.parse(data.textContent);
  const details = document.getElementById("details");
  const edit = document.getElementById("edit-link");
  let current = null;
  function show(id) {
    const q = quotes[id];
    if (!q) return;
    current = id;
    details.hidden = false;
    details.querySelectorAll("dd").forEach(dd => { const v = q[dd.dataset.k]; dd.textContent = v === "" || v == null ? "—" : String(v); });
    document.querySelectorAll(".q.active").forEach(el => el.classList.remove("active"));
    document.querySelectorAll('.q[data-q="' + CSS.escape(id) + '"]').forEach(el => el.classList.add("active"));
    edit.hidden = false;
    edit.href = "/quote/" + encodeURIComponent(id) + "?back=" + encodeURIComponent(location.pathname + "#q-" + id);
  }
  text.addEventListener("mouseover", e => { const el = e.target.closest(".q"); if (el) show(el.dataset.q); });
  text.addEventListener("click", e => { const el = e.target.closest(".q"); if (el) show(el.dataset.q); });
  document.addEventListener("keydown", e => {
    if (typing(e)) return;
    if (e.key === "e" && current) location.href = edit.href;
  });
  if (location.hash.startsWith("#q-")) show(decodeURIComponent(location.hash.slice(3)));
}

function offsetIn(root, node, offset) {
  // character offset of (node, offset) inside root's text
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  while (walker.nextNode()) {
    if (walker.currentNode === node) return total + offset;
    total += walker.currentNode.textContent.length;
  }
  return null;
}

function setupQuote() {
  const context = document.getElementById("context");
  const form = document.getElementById("edit");
  if (!form) return;
  document.addEventListener("keydown", e => {
    if (e.key === "Escape") { const a = form.querySelector("a"); if (a) location.href = a.getAttribute("href"); }
  });
  if (!context) return;
  context.addEventListener("mouseup", () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !context.contains(sel.anchorNode) || !context.contains(sel.focusNode)) return;
    const base = Number(context.dataset.base);
    let a = offsetIn(context, sel.anchorNode, sel.anchorOffset), b = offsetIn(context, sel.focusNode, sel.focusOffset);
    if (a === null || b === null) return;
    if (a > b) [a, b] = [b, a];
    const chosen = context.textContent.slice(a, b);
    const trimmed = chosen.trim();
    a += chosen.indexOf(trimmed); b = a + trimmed.length;
    if (!trimmed) return;
    document.getElementById("mention_start").value = base + a;
    document.getElementById("mention_end").value = base + b;
    document.getElementById("mention_text").value = trimmed;
    const speaker = document.getElementById("speaker");
    if (!speaker.value) speaker.value = trimmed;
  });
}

function setupCandidates() {
  const table = document.getElementById("candidates");
  if (!table) return;
  const rows = Array.from(table.querySelectorAll("tbody tr[data-key]"));
  if (!rows.length) return;
  let pos = Math.max(0, rows.findIndex(r => !r.classList.contains("confirmed") && !r.classList.contains("rejected")));
  function select(i) {
    rows[pos].classList.remove("sel");
    pos = Math.max(0, Math.min(rows.length - 1, i));
    rows[pos].classList.add("sel");
    rows[pos].scrollIntoView({block: "nearest"});
  }
  select(pos);
  function decide(decision) {
    const row = rows[pos];
    post("/claims/candidate", {key: row.dataset.key, decision}).then(r => {
      if (r.ok) {
        row.classList.remove("confirmed", "rejected");
        row.classList.add(decision);
        row.querySelector(".decision").textContent = decision;
        select(pos + 1);
      }
    });
  }
  rows.forEach((row, i) => row.addEventListener("click", () => select(i)));
  document.addEventListener("keydown", event => {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "j") select(pos + 1);
    else if (event.key === "k") select(pos - 1);
    else if (event.key === "y") decide("confirmed");
    else if (event.key === "n") decide("rejected");
    else if (event.key === "Enter") location.href = rows[pos].dataset.article;
    else return;
    event.preventDefault();
  });
}

document.addEventListener("DOMContentLoaded", () => { setupQueue(); setupArticle(); setupQuote(); setupCandidates(); });
