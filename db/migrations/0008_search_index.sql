-- A full-text index per kind of record over its names, code, description or summary and quoted
-- source sentence (lib/search/search-text.ts says how the text becomes tokens): search_projects,
-- search_agreements, …, each row's rowid the record's id. One table per kind, so a kind of a few
-- dozen records is searched without reading the projects' long lists of matches. Only fields of
-- each record's public shape are indexed, never an internal note; which rows a reader may see
-- is decided when searching, through each record's public view.
-- Contentless: the index keeps tokens and positions, not a second copy of the text. The triggers
-- keep it current in the same transaction as every write, whoever makes it; they call
-- search_text and search_exact, which openDatabase registers on each connection.
CREATE VIRTUAL TABLE search_projects USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER projects_search_insert AFTER INSERT ON projects BEGIN
  INSERT INTO search_projects (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.description_zh, new.description_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER projects_search_update AFTER UPDATE OF name_zh, name_en, code, description_zh, description_en, source_quote ON projects BEGIN
  DELETE FROM search_projects WHERE rowid = old.id;
  INSERT INTO search_projects (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.description_zh, new.description_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER projects_search_delete AFTER DELETE ON projects BEGIN
  DELETE FROM search_projects WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_projects (rowid, name, body, exact) SELECT projects.id, search_text(projects.name_zh, projects.name_en, projects.code), search_text(projects.description_zh, projects.description_en, projects.source_quote), search_exact(projects.name_zh, projects.name_en, projects.code) FROM projects;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_agreements USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN
  INSERT INTO search_agreements (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER agreements_search_update AFTER UPDATE OF name_zh, name_en, code, summary_zh, summary_en, source_quote ON agreements BEGIN
  DELETE FROM search_agreements WHERE rowid = old.id;
  INSERT INTO search_agreements (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER agreements_search_delete AFTER DELETE ON agreements BEGIN
  DELETE FROM search_agreements WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_agreements (rowid, name, body, exact) SELECT agreements.id, search_text(agreements.name_zh, agreements.name_en, agreements.code), search_text(agreements.summary_zh, agreements.summary_en, agreements.source_quote), search_exact(agreements.name_zh, agreements.name_en, agreements.code) FROM agreements;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_organizations USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
  INSERT INTO search_organizations (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER organizations_search_update AFTER UPDATE OF name_zh, name_en, code, summary_zh, summary_en, source_quote ON organizations BEGIN
  DELETE FROM search_organizations WHERE rowid = old.id;
  INSERT INTO search_organizations (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
  DELETE FROM search_organizations WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_organizations (rowid, name, body, exact) SELECT organizations.id, search_text(organizations.name_zh, organizations.name_en, organizations.code), search_text(organizations.summary_zh, organizations.summary_en, organizations.source_quote), search_exact(organizations.name_zh, organizations.name_en, organizations.code) FROM organizations;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_events USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search_events (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER events_search_update AFTER UPDATE OF name_zh, name_en, code, summary_zh, summary_en, source_quote ON events BEGIN
  DELETE FROM search_events WHERE rowid = old.id;
  INSERT INTO search_events (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search_events WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_events (rowid, name, body, exact) SELECT events.id, search_text(events.name_zh, events.name_en, events.code), search_text(events.summary_zh, events.summary_en, events.source_quote), search_exact(events.name_zh, events.name_en, events.code) FROM events;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_indicators USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER indicators_search_insert AFTER INSERT ON indicators BEGIN
  INSERT INTO search_indicators (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.unit_zh, new.unit_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER indicators_search_update AFTER UPDATE OF name_zh, name_en, code, unit_zh, unit_en, source_quote ON indicators BEGIN
  DELETE FROM search_indicators WHERE rowid = old.id;
  INSERT INTO search_indicators (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.unit_zh, new.unit_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER indicators_search_delete AFTER DELETE ON indicators BEGIN
  DELETE FROM search_indicators WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_indicators (rowid, name, body, exact) SELECT indicators.id, search_text(indicators.name_zh, indicators.name_en, indicators.code), search_text(indicators.unit_zh, indicators.unit_en, indicators.source_quote), search_exact(indicators.name_zh, indicators.name_en, indicators.code) FROM indicators;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_plans USING fts5(
  name, body, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER plans_search_insert AFTER INSERT ON plans BEGIN
  INSERT INTO search_plans (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER plans_search_update AFTER UPDATE OF name_zh, name_en, code, summary_zh, summary_en, source_quote ON plans BEGIN
  DELETE FROM search_plans WHERE rowid = old.id;
  INSERT INTO search_plans (rowid, name, body, exact) VALUES (new.id, search_text(new.name_zh, new.name_en, new.code), search_text(new.summary_zh, new.summary_en, new.source_quote), search_exact(new.name_zh, new.name_en, new.code));
END;
--> statement-breakpoint
CREATE TRIGGER plans_search_delete AFTER DELETE ON plans BEGIN
  DELETE FROM search_plans WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_plans (rowid, name, body, exact) SELECT plans.id, search_text(plans.name_zh, plans.name_en, plans.code), search_text(plans.summary_zh, plans.summary_en, plans.source_quote), search_exact(plans.name_zh, plans.name_en, plans.code) FROM plans;
