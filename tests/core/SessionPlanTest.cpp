#include "footcoach/SessionPlan.h"

#include <gtest/gtest.h>

using namespace footcoach;

namespace {

Routine smallRoutine(int rest, int position, QList<Side> sides = {Side::Left, Side::Right}) {
    Routine r;
    r.id = "small";
    r.prepareSeconds = 3;
    Exercise e;
    e.id = "a";
    e.sides = sides;
    e.reps = 2;
    e.holdSeconds = 4;
    e.minHoldSeconds = 3;
    e.restSeconds = rest;
    e.positionSeconds = position;
    e.steps = {Step{{"x", {}}, {}}};
    r.exercises = {e, e};
    r.exercises[1].id = "b";
    return r;
}

QList<PhaseKind> kinds(const SessionPlan& plan) {
    QList<PhaseKind> k;
    for (const Phase& p : plan.phases())
        k.append(p.kind);
    return k;
}

} // namespace

TEST(SessionPlan, TimelineOrder) {
    const SessionPlan plan(smallRoutine(2, 5));
    using K = PhaseKind;
    const QList<K> expected{K::GetReady,   K::Position, K::Hold, K::Rest,       K::Hold,
                            K::SwitchSide, K::Hold,     K::Rest, K::Hold,       K::Position,
                            K::Hold,       K::Rest,     K::Hold, K::SwitchSide, K::Hold,
                            K::Rest,       K::Hold,     K::Done};
    EXPECT_EQ(kinds(plan), expected);
    EXPECT_EQ(plan.holdCount(), 8);
    EXPECT_EQ(plan.totalSeconds(), 3 + 2 * 2 * (5 + 2 * 4 + 2));
    EXPECT_EQ(plan.phase(6).side, Side::Right);
    EXPECT_EQ(plan.phase(6).rep, 1);
    EXPECT_EQ(plan.phase(8).rep, 2);
    EXPECT_EQ(plan.phase(8).holdIndex, 3);
    EXPECT_EQ(plan.startSecondOf(2), 3 + 5);
    EXPECT_EQ(plan.nextActivePhase(3), 4);
}

TEST(SessionPlan, ZeroLengthPhasesAreLeftOut) {
    const SessionPlan plan(smallRoutine(0, 0, {Side::Both}));
    using K = PhaseKind;
    EXPECT_EQ(kinds(plan), (QList<K>{K::GetReady, K::Hold, K::Hold, K::Hold, K::Hold, K::Done}));
    EXPECT_EQ(plan.phase(1).side, Side::Both);
    EXPECT_EQ(plan.totalSeconds(), 3 + 4 * 4);
}
