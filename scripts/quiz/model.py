"""The quizzes' data: quizzes, questions, options, and the fixed, signal-free order of the options."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field


TYPES = ("single", "multiple", "truefalse")
TRUEFALSE = (("benar", "Benar"), ("salah", "Salah"))
QUIZ_KEYS = ("title", "chapter", "order", "description", "questions")
QUESTION_KEYS = ("id", "type", "goal", "topics", "text", "options", "correct", "explanation", "learn_more")
GOAL_PATTERN = re.compile(r"^([A-Za-z0-9_./-]+\.md)#([1-9][0-9]*)$")  # page.md#N: item N of its "Tujuan belajar"
OPTION_KEYS = ("id", "text", "feedback")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class Option:
    id: str
    text: str
    feedback: str = ""


@dataclass
class Question:
    id: str
    type: str
    text: str
    options: list[Option]
    correct: list[str]
    explanation: str
    learn_more: str
    goal: str = ""  # "page.md#N": the learning goal it tests, item N of that page's "Tujuan belajar"
    topics: list[str] = field(default_factory=list)
    line: int = 0
    learn_more_line: int = 0
    goal_line: int = 0

    @property
    def hash(self) -> str:
        """Changes whenever the text, the options or the correct set change (keys saved progress); not
        when only their order does (arrange_options decides it)."""
        options = sorted([o.id, o.text] for o in self.options)
        payload = [self.type, self.text, options, sorted(self.correct)]
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()[:12]


@dataclass
class Quiz:
    id: str
    path: str  # as shown in messages, e.g. data/kuis/tujuan.yml
    title: str
    questions: list[Question]
    chapter: str | None = None
    chapter_line: int = 0
    order: int = 100
    description: str = ""


# Option order


def _digest(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode("utf-8")).hexdigest()


def arrange_options(quiz_id: str, questions: list[Question]) -> None:
    """Put each question's options in an order that carries no signal, the same in every build.

    Authors write options in any order. A single-choice question's right answer goes to the position
    used least so far in this quiz (ties broken by a hash of the quiz and question ids), so the positions
    of right answers are balanced; the other options follow in hash order. A multiple-answer question's
    options are all in hash order. True/false keeps Benar, Salah. Option ids do not change, so saved
    progress (keyed by ids) stays valid, and every view (page, no-JS, handouts, answer keys) reads this order.
    """
    used: dict[int, int] = {}
    for question in questions:
        if question.type == "truefalse":
            continue
        ranked = sorted(question.options, key=lambda o: _digest(quiz_id, question.id, o.id))
        if question.type == "single":
            right = next(o for o in ranked if o.id in question.correct)
            others = [o for o in ranked if o is not right]
            slot = min(range(len(ranked)), key=lambda i: (used.get(i, 0), _digest(quiz_id, question.id, str(i))))
            used[slot] = used.get(slot, 0) + 1
            ranked = others[:slot] + [right] + others[slot:]
        question.options[:] = ranked
