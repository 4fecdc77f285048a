CREATE TABLE starter_books (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    pages INTEGER NOT NULL
);
CREATE UNIQUE INDEX starter_books_title_key ON starter_books (title);
