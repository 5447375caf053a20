-- At most one scenario per assessment attempt, however many requests start the attempt at once.
create unique index scenario_play_attempt_uk on scenario_play (attempt_id);
