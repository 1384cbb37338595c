module github.com/example/go-worker

go 1.22

require (
	github.com/IBM/sarama v1.43.3
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/google/uuid v1.6.0
	go.uber.org/zap v1.27.0
)
