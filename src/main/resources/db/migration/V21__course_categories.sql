-- The categories every ward starts with; staff can rename them and add more.
insert into course_category (code, name_ja, name_en, position) values
    ('language',    '語学',             'Languages',                10),
    ('it',          'IT・スマホ',       'IT and smartphones',       20),
    ('disaster',    '防災・安全',       'Disaster preparedness',    30),
    ('parenting',   '子育て・家庭',     'Parenting and family',     40),
    ('health',      '健康・スポーツ',   'Health and sports',        50),
    ('culture',     '文化・芸術',       'Culture and arts',         60),
    ('history',     '歴史・地域',       'Local history',            70),
    ('welfare',     '福祉・手話',       'Welfare and sign language', 80),
    ('environment', '環境',             'Environment',              90),
    ('career',      '仕事・キャリア',   'Work and careers',         100),
    ('international', '国際交流',       'International exchange',   110),
    ('community',   '地域活動・ボランティア', 'Community and volunteering', 120);
