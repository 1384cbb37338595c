


package signals

import (
	"reflect"

	"github.com/mitchellh/mapstructure"
)


























