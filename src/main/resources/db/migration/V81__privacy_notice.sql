-- The privacy notice (個人情報の取扱い), edited by administrators in both languages. Every save is a
-- new row, so the history (who, when, what) stays; the page shows the newest. No row: the
-- built-in text from the message bundles.
create table privacy_notice (
    id            bigint generated always as identity primary key,
    body_ja       varchar(20000) not null,
    body_en       varchar(20000) not null,
    saved_by      bigint references account (id),
    saved_by_name varchar(200),
    saved_at      timestamptz    not null default now()
);
create index privacy_notice_newest on privacy_notice (saved_at desc, id desc);
