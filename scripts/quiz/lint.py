"""Quiz lint: what makes a quiz measure understanding rather than test-taking (`make check`).

    python -m scripts.quiz.lint check    # exit 0 and a summary, or 1 and the problems (file:line)

Pure functions over loaded quizzes (scripts/quiz) and the pages they test; every message names the
file and line and says what to change, in Indonesian. The thresholds are explained to authors in
data/kuis/README.md ("Pemeriksaan mutu kuis"); keep the two in step.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from scripts import cli
from scripts.core.data import DataError
from scripts.core.pages import PageInfo, section_markdown
from scripts.quiz import Question, Quiz, letter

MIN_PER_QUIZ = 8
MIN_TOTAL = 60
# Right answers of single-choice questions at one position (A, B, ...): at most this share per quiz.
MAX_POSITION_SHARE = 0.4
# Single-choice questions whose right option is strictly the longest: at most the share a blind guess
# gets right (the mean of 1/number of options), so that always picking the longest does no better than chance.
# True statements among all true/false questions.
TRUE_SHARE = (0.35, 0.65)
CATCH_ALL = re.compile(r"\b(semua (jawaban |pilihan )?(di atas |tersebut )?benar|tidak ada (jawaban )?yang benar|"
                       r"semua di atas)\b", re.I)
# Words too common to show that a section teaches a question (learn_more check).
STOPWORDS = {"adalah", "dalam", "dengan", "untuk", "yang", "tidak", "bukan", "hanya", "sebuah", "dapat", "karena",
             "menurut", "setiap", "antara", "mereka", "bagian", "halaman", "manakah", "pernyataan", "berikut",
             "paling", "tepat", "sering", "sudah", "belum", "lebih", "kolaborasi", "contoh", "tentang", "secara",
             "sebagai", "program", "pihak", "bersama", "masing"}


def chance(questions: list[Question]) -> float:
    """The share of these questions a blind guess gets right, on average (one pick, one right answer)."""
    return sum(1 / len(q.options) for q in questions) / len(questions) if questions else 0.0


def right_position(question: Question) -> int:
    return next(i for i, o in enumerate(question.options) if o.id in question.correct)


def longest_is_right(question: Question) -> bool:
    """The right option of a single-choice question is strictly longer than every other option."""
    lengths = [(len(o.text), o.id in question.correct) for o in question.options]
    right = max(length for length, is_right in lengths if is_right)
    return all(length < right for length, is_right in lengths if not is_right)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ]{5,}", text.lower()) if w not in STOPWORDS}


# Checks


def lint(quizzes: list[Quiz], pages: dict[str, PageInfo], docs_prefix: str = "docs/") -> list[str]:
    """Every problem found, as file:line messages."""
    problems: list[str] = []
    for quiz in quizzes:
        problems += _quiz_problems(quiz, pages)
    total = sum(len(q.questions) for q in quizzes)
    if quizzes and total < MIN_TOTAL:
        problems.append(f"{quizzes[0].path.rsplit('/', 1)[0]}/: baru {total} pertanyaan di semua kuis; "
                        f"sasarannya minimal {MIN_TOTAL}. Tambahkan pertanyaan untuk tujuan belajar yang paling sedikit diuji.")
    statements = [q for quiz in quizzes for q in quiz.questions if q.type == "truefalse"]
    if len(statements) >= 6:
        true = sum(q.correct == ["benar"] for q in statements) / len(statements)
        if not TRUE_SHARE[0] <= true <= TRUE_SHARE[1]:
            problems.append(f"{quizzes[0].path.rsplit('/', 1)[0]}/: {true:.0%} pernyataan benar/salah bernilai benar; "
                            f"jaga antara {TRUE_SHARE[0]:.0%} dan {TRUE_SHARE[1]:.0%} agar menebak \"benar\" tidak menguntungkan.")
    problems += _goal_problems(quizzes, pages, docs_prefix)
    return problems


def _quiz_problems(quiz: Quiz, pages: dict[str, PageInfo]) -> list[str]:
    problems = []
    where = lambda q: f'{quiz.path}:{q.line}: pertanyaan "{q.id}"'  # noqa: E731
    if len(quiz.questions) < MIN_PER_QUIZ:
        problems.append(f"{quiz.path}:1: kuis ini baru punya {len(quiz.questions)} pertanyaan; minimal {MIN_PER_QUIZ}.")
    single = [q for q in quiz.questions if q.type == "single"]
    for q in quiz.questions:
        wrong = [o for o in q.options if o.id not in q.correct]
        if q.type == "multiple" and (len(q.correct) < 2 or not wrong):
            problems.append(f"{where(q)}: pertanyaan \"pilih semua\" perlu minimal dua pilihan benar dan satu salah "
                            f"(sekarang {len(q.correct)} benar, {len(wrong)} salah).")
        if q.type != "truefalse":
            for option in wrong:
                if not option.feedback:
                    problems.append(f"{where(q)}: pilihan \"{option.id}\" salah tetapi tanpa feedback. Tulis salah "
                                    f"paham apa yang membuat pembaca memilihnya.")
            for option in q.options:
                if CATCH_ALL.search(option.text):
                    problems.append(f"{where(q)}: pilihan \"{option.id}\" berbunyi \"{option.text}\". Jangan pakai "
                                    f"pilihan \"semua benar\" atau \"tidak ada yang benar\"; pakai type: multiple.")
        problems += _learn_more_problems(quiz, q, pages)
    if len(single) >= 5:
        positions = Counter(right_position(q) for q in single)
        position, count = positions.most_common(1)[0]
        if count / len(single) > MAX_POSITION_SHARE:
            problems.append(f"{quiz.path}:1: jawaban benar di posisi {letter(position)} pada {count} dari "
                            f"{len(single)} pertanyaan pilihan tunggal (batas {MAX_POSITION_SHARE:.0%}).")
        longest = [q for q in single if longest_is_right(q)]
        limit = chance(single)
        if len(longest) / len(single) > limit:
            names = ", ".join(f'"{q.id}" (baris {q.line})' for q in longest)
            problems.append(f"{quiz.path}:1: pada {len(longest)} dari {len(single)} pertanyaan pilihan tunggal, "
                            f"jawaban benar adalah pilihan terpanjang (batas: peluang menebak, {limit:.0%}): {names}. "
                            f"Samakan panjang pilihan, atau buat salah satu pengecoh lebih rinci.")
    return problems


def _learn_more_problems(quiz: Quiz, q: Question, pages: dict[str, PageInfo]) -> list[str]:
    page, _, anchor = q.learn_more.partition("#")
    info = pages.get(page)
    if info is None or not info.markdown:
        return []  # validate_links reports a missing page
    section = (section_markdown(info.markdown, anchor) if anchor else info.markdown).lower()
    keys = _words(q.text) | {w for o in q.options if o.id in q.correct for w in _words(o.text)}
    if keys and not any(word in section for word in keys):
        return [f'{quiz.path}:{q.learn_more_line}: pertanyaan "{q.id}": bagian {q.learn_more} tidak memuat satu pun '
                f"kata kunci pertanyaannya ({', '.join(sorted(keys)[:6])}). Arahkan ke bagian yang mengajarkannya."]
    return []


def _goal_problems(quizzes: list[Quiz], pages: dict[str, PageInfo], docs_prefix: str) -> list[str]:
    tested = {q.goal for quiz in quizzes for q in quiz.questions}
    problems = []
    for src, info in sorted(pages.items()):
        for number, (line, text) in enumerate(info.goals, start=1):
            if f"{src}#{number}" not in tested:
                problems.append(f"{docs_prefix}{src}:{line}: tujuan belajar {number} (\"{text[:60]}\") belum diuji "
                                f"pertanyaan mana pun. Tambahkan pertanyaan dengan goal: {src}#{number}.")
    return problems


# CLI


def main(argv: list[str], root: Path | None = None) -> int:
    from scripts.quiz.__main__ import NO_DATA, ROOT, load

    if argv != ["check"]:
        print("Pemakaian: python -m scripts.quiz.lint check", file=sys.stderr)
        return 2
    root = cli.project(argv, root, ROOT, "data/kuis", NO_DATA)
    if root is None:
        return 0
    try:
        config, quizzes, pages = load(root)
    except DataError:
        return 0  # `python -m scripts.quiz check` reports invalid data; lint needs valid data
    problems = lint(quizzes, pages, f"{config.get('docs_dir', 'docs')}/")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    count = sum(len(q.questions) for q in quizzes)
    goals = sum(len(info.goals) for info in pages.values())
    print(f"Mutu kuis baik: {count} pertanyaan, {goals} tujuan belajar teruji.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
