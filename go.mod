module github.com/hearsay-news/hearsay

go 1.26.8
