"""The Markdown report (GitHub-flavoured): for humans, pull-request comments and reports/."""

from __future__ import annotations

from checker.diagnostics import Severity
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status
from checker.locale import Words
from checker.report.formats import Options
from checker.report.phrases import (
    basis_text,
    deadline_text,
    outcome_text,
    progress_text,
    quote_label,
    status_text,
    target_text,
)
from checker.report.record import diagnostic_line
from checker.report.scorecard import scorecard, share_text
from checker.report.text import anchor, cell, heading_id


def _scorecard(audit: Audit, words: Words) -> list[str]:
    """Per region and overall: targets that fell due, what became of them, the share met."""
    overall, regions = scorecard(audit)
    lines = [words("scorecard.heading"), "", words("scorecard.intro", as_of=audit.as_of.isoformat()), "",
             "| " + " | ".join(words(f"scorecard.{name}") for name in
                               ("region", "due", "met", "missed", "unreported", "other", "share")) + " | |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for score in [*regions, overall] if len(regions) > 1 else regions or [overall]:
        name = cell(score.region) if score.region else f"**{words('scorecard.all')}**"
        lines.append(f"| {name} | {score.due} | {score.met} | {score.missed} | {score.unreported} | {score.other} | "
                     f"{share_text(score)} | `{score.bar()}` |")
    return lines


def render_markdown(audit: Audit, options: Options) -> str:
    words = options.words
    summary = audit.summary
    order = Status.in_report_order()
    counts = words("list.separator").join(words("summary.count", count=summary[s], status=words(f"status.{s.value}"))
                                          for s in order)
    lines = [
        words("md.title"),
        "",
        words("md.intro", as_of=audit.as_of.isoformat(), grace_days=audit.grace_days, total=len(audit.verdicts),
              counts=counts),
        "",
    ]
    lines += _scorecard(audit, words)
    lines += ["", words("md.summary-header"), "|---|---:|"]
    lines += [f"| {words(f'status.{status.value}')} | {summary[status]} |" for status in order]
    if options.changes is not None:
        from checker.report.changes_view import changes_markdown

        lines += [""] + changes_markdown(options.changes, words, link=True)
    if options.answers is not None:
        lines += ["", words("md.answers-heading"), ""]
        if not options.answers:
            lines.append(words("md.answers-none"))
        for answer in options.answers:
            lines.append("- " + words("md.answer", release=f"`{cell(answer.release)}`",
                                      rule=f"[{cell(answer.rule)}](#{anchor(answer.rule)})",
                                      score=f"{answer.score:.2f}", figure=cell(answer.figure),
                                      where=f"{answer.line}:{answer.col}", quote=cell(answer.quote)))
        if options.answers:
            added = sorted({a.release for a in options.answers})
            lines += ["", words("md.answers-hint", commands=words("list.separator").join(
                f"`checker match {release} --format yaml`" for release in added))]
    if audit.diagnostics:
        lines += ["", words("md.input-problems"), ""]
        lines += [f"- {cell(diagnostic_line(d, words))}" for d in audit.diagnostics]
    for status in order:
        group = [v for v in audit.verdicts if v.status is status]
        lines += ["", words("md.section", heading=words(f"status.{status.value}.heading"), count=len(group)), ""]
        if not group:
            lines.append(words("md.none"))
            continue
        if status is Status.invalid:
            lines += [words("md.invalid-header"), "|---|---|---|---|"]
            for verdict in group:
                for problem in [diagnostic_line(d, words) for d in verdict.errors] or [words("md.no-detail")]:
                    link = f"[{cell(verdict.rule_id)}](#{heading_id(verdict.rule_id)})"
                    lines.append(f"| {link} | {cell(verdict.region)} | {cell(verdict.indicator)} | {cell(problem)} |")
            continue
        lines += [words("md.verdict-header"), "|---|---|---|---|---|---|---:|---|---|"]
        for verdict in group:
            lines.append(
                f"| [{cell(verdict.rule_id)}](#{heading_id(verdict.rule_id)}) | {cell(verdict.region)} | "
                f"{cell(verdict.indicator)} | {cell(target_text(verdict, words))} | "
                f"{cell(deadline_text(verdict, words))} | {cell(outcome_text(verdict, words))} | "
                f"{cell(progress_text(verdict))} | {cell(status_text(verdict, words))} | "
                f"{cell(basis_text(verdict, words))} |"
            )
    lines += ["", words("md.evidence"), "", words("md.evidence-intro")]
    for verdict in audit.verdicts:
        location = str(verdict.location)
        shown = status_text(verdict, words)
        explanation = "" if verdict.explanation is None else words.message(verdict.explanation)
        # the heading is the id alone, so its own anchor (#id, made by GitHub and most renderers)
        # is the id; the HTML anchor serves renderers that make none
        lines += ["", f'<a id="{anchor(verdict.rule_id)}"></a>',
                  f"### {cell(verdict.rule_id)}", "", words("md.indicator", region=cell(verdict.region),
                                                            indicator=cell(verdict.indicator)), "",
                  words("md.status", status=cell(shown),
                        because=words("md.because", why=cell(explanation)) if explanation else ""),
                  words("md.rule", location=f"`{location}`" if "`" not in location else cell(location))]
        for quote in verdict.quotes:
            lines.append(words("md.quote", label=quote_label(quote, words, capital=True), quote=cell(quote.quote),
                               title=cell(quote.title), published=quote.published.isoformat(),
                               file=cell(quote.file), line=quote.line))
        for written in verdict.authored:
            on = words(f"md.author-note.{written.on}", number=(written.outcome or 0) + 1)
            lines.append(words("md.author-note", on=on, text=cell(written.text)))
        for note in verdict.of(Severity.info):
            lines.append(words("md.note", text=cell(words.message(note.message))))
        for warning in verdict.of(Severity.warning):
            lines.append(words("md.warning", text=cell(diagnostic_line(warning, words))))
        for error in verdict.errors:
            lines.append(words("md.problem", text=cell(diagnostic_line(error, words))))
    return "\n".join(lines) + "\n"
