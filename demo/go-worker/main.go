// zap -> go-logging, sarama -> kafka-go, cenkalti/backoff -> go-retry.
// fmt, encoding/json and time are stdlib; internal/orders is local; google/uuid matches nothing.
package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/IBM/sarama"
	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	"go.uber.org/zap"

	"github.com/example/go-worker/internal/orders"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	var consumer sarama.Consumer
	err := backoff.Retry(func() error {
		var err error
		consumer, err = sarama.NewConsumer([]string{"localhost:9092"}, sarama.NewConfig())
		return err
	}, backoff.NewExponentialBackOff())
	if err != nil {
		logger.Fatal("kafka unavailable", zap.Error(err))
	}
	pc, _ := consumer.ConsumePartition("orders.created", 0, sarama.OffsetNewest)
	for msg := range pc.Messages() {
		var o orders.Order
		if err := json.Unmarshal(msg.Value, &o); err != nil {
			continue
		}
		fmt.Printf("%s shipping %s to %s at %s\n", uuid.NewString(), o.ID, o.Country, time.Now().Format(time.RFC3339))
	}
}
