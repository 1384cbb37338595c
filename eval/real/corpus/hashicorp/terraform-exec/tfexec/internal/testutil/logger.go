


package testutil

import (
	"io/ioutil"
	"log"
	"os"
	"testing"
)







