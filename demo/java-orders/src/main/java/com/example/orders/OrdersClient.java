// okhttp3 -> acme-http-client, org.apache.kafka -> acme-kafka, org.slf4j -> acme-logging, jackson -> acme-json.
// java.* is the JDK and com.example.orders is this project: no suggestions for those.
package com.example.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Properties;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class OrdersClient {
  private static final Logger log = LoggerFactory.getLogger(OrdersClient.class);
  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final KafkaProducer<String, String> producer;

  public OrdersClient(Properties kafkaProps) {
    this.producer = new KafkaProducer<>(kafkaProps);
  }

  public Order fetch(String baseUrl, String id) throws IOException {
    Request req = new Request.Builder().url(baseUrl + "/orders/" + id).build();
    try (Response res = http.newCall(req).execute()) {
      Order order = json.readValue(res.body().string(), Order.class);
      producer.send(new ProducerRecord<>("orders.fetched", order.id(), json.writeValueAsString(order)));
      log.info("fetched order {}", order.id());
      return order;
    }
  }
}
