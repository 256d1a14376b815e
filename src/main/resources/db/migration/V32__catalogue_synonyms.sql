-- catalogue module: how people name things, as the catalogue search should understand them (issue 17, item 5). A
-- phrase typed (lower case, without diacritics, as SearchText writes it) is searched as what it means. Administrators
-- of the catalogue add more from /quan-tri/tu-dong-nghia.
create table catalogue_synonym (
    phrase   varchar(100) primary key,
    means    varchar(200) not null,
    added_by varchar(50)  not null,
    added_at timestamptz  not null default now(),
    check (phrase <> means)
);
insert into catalogue_synonym (phrase, means, added_by) values
    ('giay khai sinh', 'khai sinh', 'motcua'),
    ('lam khai sinh', 'dang ky khai sinh', 'motcua'),
    ('giay chung tu', 'khai tu', 'motcua'),
    ('xac nhan doc than', 'xac nhan tinh trang hon nhan', 'motcua'),
    ('doc than', 'tinh trang hon nhan', 'motcua'),
    ('dang ki', 'dang ky', 'motcua'),
    ('ket hon lai', 'dang ky lai ket hon', 'motcua'),
    ('chung minh nhan dan', 'can cuoc', 'motcua'),
    ('cmnd', 'can cuoc', 'motcua'),
    ('cccd', 'can cuoc', 'motcua'),
    ('can cuoc cong dan', 'can cuoc', 'motcua'),
    ('ho khau', 'cu tru', 'motcua'),
    ('nhap khau', 'dang ky thuong tru', 'motcua'),
    ('sao y', 'chung thuc ban sao', 'motcua'),
    ('cong chung', 'chung thuc', 'motcua'),
    ('giay phep kinh doanh', 'dang ky ho kinh doanh', 'motcua'),
    ('xin phep xay dung', 'giay phep xay dung', 'motcua');
