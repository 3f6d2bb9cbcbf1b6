-- iDEA skills progress and accredited training (docs/skills.md, docs/training.md).

-- A learner's badges, revoked ones included, in date order: the progress screen, `badge progress`, and the
-- running totals that date each award. The unique index on (learner_id, badge_id) covers live records only.
CREATE INDEX badge_achievements_learner ON badge_achievements(learner_id, achieved_on);
-- "Is this unit of this volunteer in a claim already?" when claiming and on every portfolio.
CREATE INDEX claim_items_unit ON claim_items(volunteer_id, unit_id);
