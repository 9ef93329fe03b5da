"""Reading data/kuis/*.yml with the shared reader (every problem with its line) and checking each quiz's links
and learning goals against the pages."""

from __future__ import annotations

from pathlib import Path

import yaml

from scripts.core.data import DataError, Reader, compose, is_null, kind, read_text
from scripts.core.pages import PageInfo
from scripts.quiz.model import (GOAL_PATTERN, ID_PATTERN, OPTION_KEYS, QUESTION_KEYS, QUIZ_KEYS, TRUEFALSE, TYPES,
                               Option, Question, Quiz, arrange_options)


class _Reader(Reader):
    """The quiz's reading rules: field texts with a hint for each missing field."""

    def field(self, parent, fields: dict, key: str, prefix: str = "", required: bool = True) -> str | None:
        node = fields.get(key)
        if node is None or is_null(node):
            if required:
                self.error(node or parent, f'{prefix}"{key}" tidak ada atau kosong. {_HINTS.get(key, "")}'.rstrip())
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f'{prefix}"{key}" harus berupa teks, bukan {kind(node)}.')
            return None
        value = str(node.value).strip()
        if not value and required:
            self.error(node, f'{prefix}"{key}" kosong. {_HINTS.get(key, "")}'.rstrip())
            return None
        return value

    def field_list(self, fields: dict, key: str, prefix: str = ""):
        node = fields.get(key)
        if node is None or is_null(node):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f'{prefix}"{key}" harus berupa daftar (baris-baris yang diawali "- "), bukan {kind(node)}.')
            return None
        return node


_HINTS = {
    "explanation": "Tulis penjelasan yang mengatakan mengapa jawaban itu benar.",
    "text": "Tulis teks pertanyaan atau pilihannya.",
    "title": 'Tulis judul kuis, misalnya title: "Kuis: Tujuan kolaborasi".',
    "id": "Beri id yang tetap, misalnya id: t1.",
    "type": "Pilih single, multiple, atau truefalse.",
    "learn_more": "Tulis tautan ke bagian yang mengajarkannya, misalnya apa-itu-kolaborasi.md#yang-dibagi.",
    "goal": "Tulis tujuan belajar yang diujinya: halaman dan nomor butir di \"Tujuan belajar\", misalnya "
            "goal: apa-itu-kolaborasi.md#2.",
}


def load_quiz(file: Path, display_path: str | None = None) -> Quiz:
    """Read one quiz file; raise DataError listing every problem found."""
    path = display_path or file.as_posix()
    reader = _Reader(path)
    root = compose(read_text(file, path), path)
    if is_null(root):
        raise DataError([f"{path}:1: berkas kosong. Isi dengan title, chapter, dan questions (lihat data/kuis/README.md)."])
    quiz_id = file.stem
    if not ID_PATTERN.match(quiz_id):
        reader.error(1, f'nama berkas "{file.name}" tidak dapat menjadi id kuis. Pakai huruf kecil, angka, dan tanda hubung.')
    fields = reader.mapping(root, "isi berkas", QUIZ_KEYS)
    if fields is None:
        raise DataError(reader.problems)
    title = reader.field(root, fields, "title")
    chapter = reader.field(root, fields, "chapter", required=False)
    description = reader.field(root, fields, "description", required=False) or ""
    order = 100
    if "order" in fields:
        raw = reader.field(root, fields, "order")
        if raw is not None and not raw.isdigit():
            reader.error(fields["order"], f'"order" harus berupa bilangan bulat, bukan "{raw}".')
        elif raw is not None:
            order = int(raw)
    questions: list[Question] = []
    seq = reader.field_list(fields, "questions")
    if "questions" not in fields or is_null(fields["questions"]):
        reader.error(fields.get("questions") or root, '"questions" tidak ada atau kosong. Tambahkan minimal satu pertanyaan.')
    elif seq is not None and not seq.value:
        reader.error(seq, '"questions" kosong. Tambahkan minimal satu pertanyaan.')
    seen: dict[str, int] = {}
    for node in seq.value if seq is not None else []:
        question = _load_question(reader, node, seen)
        if question is not None:
            questions.append(question)
    if reader.errors:
        raise DataError(reader.problems)
    arrange_options(quiz_id, questions)
    return Quiz(
        id=quiz_id, path=path, title=title, questions=questions, chapter=chapter,
        chapter_line=fields["chapter"].start_mark.line + 1 if chapter else 0, order=order, description=description,
    )


def _load_question(reader: _Reader, node, seen: dict[str, int]) -> Question | None:
    line = node.start_mark.line + 1
    fields = reader.mapping(node, "setiap pertanyaan", QUESTION_KEYS)
    if fields is None:
        return None
    errors_before = len(reader.errors)
    qid = reader.field(node, fields, "id")
    prefix = f'pertanyaan "{qid}": ' if qid else f"pertanyaan di baris {line}: "
    if qid is not None:
        if not ID_PATTERN.match(qid):
            reader.error(fields["id"], f'{prefix}id hanya boleh berisi huruf kecil, angka, dan tanda hubung.')
        if qid in seen:
            reader.error(fields["id"], f'{prefix}id ini sudah dipakai pertanyaan di baris {seen[qid]}. Setiap id harus unik dalam satu kuis.')
        else:
            seen[qid] = line
    qtype = reader.field(node, fields, "type", prefix)
    if qtype is not None and qtype not in TYPES:
        reader.error(fields["type"], f'{prefix}jenis "{qtype}" tidak dikenal. Pilih single, multiple, atau truefalse.')
        qtype = None
    text = reader.field(node, fields, "text", prefix)
    explanation = reader.field(node, fields, "explanation", prefix)
    learn_more = reader.field(node, fields, "learn_more", prefix)
    goal = reader.field(node, fields, "goal", prefix)
    if goal is not None and not GOAL_PATTERN.match(goal):
        reader.error(fields["goal"], f'{prefix}goal "{goal}" tidak berbentuk halaman.md#nomor. {_HINTS["goal"]}')
    topics = []
    topics_node = reader.field_list(fields, "topics", prefix)
    for item in topics_node.value if topics_node is not None else []:
        if isinstance(item, yaml.ScalarNode) and item.value:
            topics.append(str(item.value))
        else:
            reader.error(item, f'{prefix}setiap topik di "topics" harus berupa teks.')
    options = _load_options(reader, node, fields, qtype, prefix)
    correct = _load_correct(reader, node, fields, qtype, options, prefix)
    if len(reader.errors) > errors_before or None in (qid, qtype, text, explanation, learn_more, goal) or correct is None:
        return None
    return Question(
        id=qid, type=qtype, text=text, options=options, correct=correct, explanation=explanation,
        learn_more=learn_more, goal=goal, topics=topics, line=line,
        learn_more_line=fields["learn_more"].start_mark.line + 1, goal_line=fields["goal"].start_mark.line + 1,
    )


def _load_options(reader, node, fields, qtype, prefix) -> list[Option] | None:
    if qtype == "truefalse":
        if "options" in fields:
            reader.error(fields["options"], f'{prefix}pertanyaan truefalse tidak memakai "options"; pilihannya selalu benar dan salah. Hapus "options".')
            return None
        return [Option(id=oid, text=label) for oid, label in TRUEFALSE]
    seq = reader.field_list(fields, "options", prefix)
    if seq is None:
        if "options" not in fields or is_null(fields["options"]):
            reader.error(fields.get("options") or node, f'{prefix}"options" tidak ada. Tulis minimal dua pilihan.')
        return None
    options: list[Option] = []
    seen: set[str] = set()
    for item in seq.value:
        ofields = reader.mapping(item, "setiap pilihan", OPTION_KEYS, prefix=prefix)
        if ofields is None:
            continue
        oid = reader.field(item, ofields, "id", prefix)
        otext = reader.field(item, ofields, "text", prefix)
        feedback = reader.field(item, ofields, "feedback", prefix, required=False) or ""
        if oid is not None and oid in seen:
            reader.error(ofields["id"], f'{prefix}id pilihan "{oid}" dipakai dua kali.')
        if oid is not None and otext is not None:
            seen.add(oid)
            options.append(Option(oid, otext, feedback))
    if len(seq.value) < 2:
        reader.error(seq, f"{prefix}hanya ada {len(seq.value)} pilihan. Tulis minimal dua pilihan.")
        return None
    return options


def _load_correct(reader, node, fields, qtype, options, prefix) -> list[str] | None:
    cnode = fields.get("correct")
    if cnode is None or is_null(cnode) or (isinstance(cnode, yaml.SequenceNode) and not cnode.value):
        reader.error(cnode or node, f'{prefix}tidak ada jawaban benar. Tulis "correct" dengan id pilihan yang benar.')
        return None
    if isinstance(cnode, yaml.ScalarNode):
        values = [str(cnode.value)]
    elif isinstance(cnode, yaml.SequenceNode) and all(isinstance(v, yaml.ScalarNode) for v in cnode.value):
        values = [str(v.value) for v in cnode.value]
    else:
        reader.error(cnode, f'{prefix}"correct" harus berupa id pilihan atau daftar id pilihan.')
        return None
    if options is None or qtype is None:
        return values
    ids = [o.id for o in options]
    for value in values:
        if value not in ids:
            if qtype == "truefalse":
                reader.error(cnode, f'{prefix}jawaban benar "{value}" tidak dikenal. Pertanyaan truefalse memakai "benar" atau "salah".')
            else:
                reader.error(cnode, f'{prefix}jawaban benar "{value}" tidak ada di pilihan ({", ".join(ids)}).')
            return None
    if len(set(values)) != len(values):
        reader.error(cnode, f"{prefix}jawaban benar ditulis dua kali.")
        return None
    if qtype in ("single", "truefalse") and len(values) > 1:
        reader.error(cnode, f'{prefix}pertanyaan {qtype} hanya boleh punya satu jawaban benar, tetapi ada {len(values)} ({", ".join(values)}). Pakai type: multiple bila jawabannya memang lebih dari satu.')
        return None
    return values


def load_quizzes(directory: Path, root: Path | None = None) -> list[Quiz]:
    """Every quiz in directory (*.yml, *.yaml), sorted by order then id; DataError lists all problems."""
    files = sorted([*directory.glob("*.yml"), *directory.glob("*.yaml")])
    stamp = (directory, root, tuple((f, f.stat().st_mtime_ns, f.stat().st_size) for f in files))
    if _loaded.get("stamp") != stamp:
        _loaded.clear()
        _loaded.update(stamp=stamp, result=_load_quizzes(directory, root, files))
    return list(_loaded["result"])


_loaded: dict = {}  # the last load_quizzes result and the files' (path, mtime, size) it was read from


def _load_quizzes(directory: Path, root: Path | None, files: list[Path]) -> list[Quiz]:
    quizzes, errors, seen = [], [], {}
    for file in files:
        shown = file.relative_to(root).as_posix() if root else file.as_posix()
        if file.stem in seen:
            errors.append(f'{shown}:1: id kuis "{file.stem}" sudah dipakai oleh {seen[file.stem]}. Ganti nama salah satu berkas.')
            continue
        seen[file.stem] = shown
        try:
            quizzes.append(load_quiz(file, shown))
        except DataError as exc:
            errors.extend(exc.messages)
    if not files:
        errors.append(f"{directory.as_posix()}: tidak ada berkas kuis (*.yml).")
    if errors:
        raise DataError(errors)
    return sorted(quizzes, key=lambda q: (q.order, q.id))


# Cross-references


def validate_links(quizzes: list[Quiz], pages: dict[str, PageInfo]) -> None:
    """Every chapter and learn_more link must name an existing page (and anchor); DataError otherwise."""
    errors = []
    for quiz in quizzes:
        if quiz.chapter and quiz.chapter not in pages:
            errors.append(f'{quiz.path}:{quiz.chapter_line}: bab (chapter) "{quiz.chapter}" tidak ada di docs/. Periksa nama berkasnya.')
        for q in quiz.questions:
            page, _, anchor = q.learn_more.partition("#")
            where = f'{quiz.path}:{q.learn_more_line}: pertanyaan "{q.id}": tautan learn_more "{q.learn_more}"'
            if page not in pages:
                errors.append(f"{where} menuju halaman {page} yang tidak ada di docs/.")
            elif anchor and anchor not in pages[page].anchors:
                known = ", ".join(f"#{a}" for a in list(pages[page].anchors)[:12]) or "tidak ada"
                errors.append(f"{where} menuju jangkar #{anchor} yang tidak ada di {page}. Jangkar yang ada: {known}.")
            goal_page, _, number = q.goal.partition("#")
            where = f'{quiz.path}:{q.goal_line}: pertanyaan "{q.id}": goal "{q.goal}"'
            if goal_page not in pages:
                errors.append(f"{where} menuju halaman {goal_page} yang tidak ada di docs/.")
            elif int(number) > len(pages[goal_page].goals):
                count = len(pages[goal_page].goals)
                errors.append(f'{where}: {goal_page} hanya punya {count} butir di "Tujuan belajar". '
                              f"Pakai nomor 1 sampai {count}." if count else
                              f'{where}: {goal_page} tidak punya bagian "Tujuan belajar" berisi daftar.')
    if errors:
        raise DataError(errors)
