-- The votes (or projects) of the budget an SDBIP implements, so that a vote with no KPI shows.
CREATE TABLE planning_budget_vote (
    id          BIGSERIAL PRIMARY KEY,
    sdbip_id    BIGINT NOT NULL REFERENCES planning_sdbip (id),
    vote        TEXT NOT NULL,
    description TEXT,
    amount      NUMERIC(20, 2),
    UNIQUE (sdbip_id, vote)
);
