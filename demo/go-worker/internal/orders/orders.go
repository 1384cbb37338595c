package orders

// Order is a shipment request read from Kafka.
type Order struct {
	ID      string `json:"id"`
	Country string `json:"country"`
}
